//! `#[derive(WriteJson)]` and `#[derive(ReadJson)]`: write and read a type as JSON the way
//! serde's derives and serde_json do, from the same `#[serde(...)]` attributes, so the format
//! has one description.
//!
//! The generated code calls `crate::domain::json_out`'s writer and `crate::domain::json_read`'s
//! reader directly: no serializer or deserializer trait, no visitor, one small function per
//! type, which keeps serde's code out of the browser's first download. Only what SixTwo's types
//! use is understood; anything else (`flatten`, `with`, `serialize_with`, enums with data,
//! tuple structs of more than one field) is a compile error rather than a silent difference
//! from serde.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::ext::IdentExt;
use syn::{parse_macro_input, Attribute, Data, DeriveInput, Fields, LitStr};

#[proc_macro_derive(WriteJson, attributes(serde))]
pub fn derive_write_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

#[proc_macro_derive(ReadJson, attributes(serde))]
pub fn derive_read_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match read::expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

mod read;

/// serde's `rename_all` rules that SixTwo uses.
#[derive(Clone, Copy)]
enum Rule {
    None,
    CamelCase,
    KebabCase,
}

impl Rule {
    fn parse(text: &LitStr) -> syn::Result<Rule> {
        match text.value().as_str() {
            "camelCase" => Ok(Rule::CamelCase),
            "kebab-case" => Ok(Rule::KebabCase),
            _ => Err(syn::Error::new(
                text.span(),
                "WriteJson: unsupported rename_all rule",
            )),
        }
    }

    /// serde's `RenameRule::apply_to_field`, step for step.
    fn field(self, field: &str) -> String {
        match self {
            Rule::None => field.to_owned(),
            Rule::KebabCase => field.replace('_', "-"),
            Rule::CamelCase => {
                let mut pascal = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                lower_first(&pascal)
            }
        }
    }

    /// serde's `RenameRule::apply_to_variant`, step for step.
    fn variant(self, variant: &str) -> String {
        match self {
            Rule::None => variant.to_owned(),
            Rule::CamelCase => lower_first(variant),
            Rule::KebabCase => {
                let mut snake = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake.replace('_', "-")
            }
        }
    }
}

/// `text` with its first character in ASCII lower case.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// serde's `default` on a container or field: absent means `Default::default()`, or the
/// value of the named function.
enum DefaultValue {
    Trait,
    Function(syn::ExprPath),
}

/// What the container's `#[serde(...)]` says.
struct Container {
    rename_all: Rule,
    transparent: bool,
    default: Option<DefaultValue>,
}

/// What a field's or variant's `#[serde(...)]` says.
#[derive(Default)]
struct Member {
    rename: Option<String>,
    skip: bool,
    skip_if: Option<syn::ExprPath>,
    default: Option<DefaultValue>,
    /// Read by a function of its own (serde's `deserialize_with`); the derived reader reads
    /// the field's type instead, which must read the same texts (checked by the tests that
    /// compare both readers), but the field is then needed even when it is an `Option`.
    deserialize_with: bool,
    /// The variant that takes every name not listed (serde's `other`).
    other: bool,
}

fn container(attrs: &[Attribute]) -> syn::Result<Container> {
    let mut container = Container {
        rename_all: Rule::None,
        transparent: false,
        default: None,
    };
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                container.rename_all = Rule::parse(&meta.value()?.parse()?)?;
            } else if meta.path.is_ident("transparent") {
                container.transparent = true;
            } else if meta.path.is_ident("default") {
                container.default = Some(default_value(&meta)?);
            } else {
                return Err(meta.error("JSON derive: unsupported container attribute"));
            }
            Ok(())
        })?;
    }
    Ok(container)
}

fn member(attrs: &[Attribute]) -> syn::Result<Member> {
    let mut member = Member::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let name: LitStr = meta.value()?.parse()?;
                member.rename = Some(name.value());
            } else if meta.path.is_ident("skip") {
                member.skip = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                let path: LitStr = meta.value()?.parse()?;
                member.skip_if = Some(path.parse()?);
            } else if meta.path.is_ident("default") {
                member.default = Some(default_value(&meta)?);
            } else if meta.path.is_ident("deserialize_with") {
                let _: LitStr = meta.value()?.parse()?;
                member.deserialize_with = true;
            } else if meta.path.is_ident("other") {
                member.other = true;
            } else {
                return Err(meta.error("JSON derive: unsupported attribute"));
            }
            Ok(())
        })?;
    }
    Ok(member)
}

/// The type's generics with `bound` on each type parameter (a `T` field is written or read
/// with `T`'s own impl).
fn bounded(generics: &syn::Generics, bound: syn::TypeParamBound) -> syn::Generics {
    let mut generics = generics.clone();
    for param in generics.type_params_mut() {
        param.bounds.push(bound.clone());
    }
    generics
}

/// `default` alone, or `default = "function"`.
fn default_value(meta: &syn::meta::ParseNestedMeta) -> syn::Result<DefaultValue> {
    if meta.input.peek(syn::Token![=]) {
        let path: LitStr = meta.value()?.parse()?;
        return Ok(DefaultValue::Function(path.parse()?));
    }
    Ok(DefaultValue::Trait)
}

/// The JSON key of a field: its `rename`, or its name under the container's rule.
fn field_key(container: &Container, member: &Member, ident: &syn::Ident) -> String {
    member
        .rename
        .clone()
        .unwrap_or_else(|| container.rename_all.field(&ident.unraw().to_string()))
}

/// The JSON name of a unit variant: its `rename`, or its name under the container's rule.
fn variant_name(container: &Container, member: &Member, ident: &syn::Ident) -> String {
    member
        .rename
        .clone()
        .unwrap_or_else(|| container.rename_all.variant(&ident.unraw().to_string()))
}

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    let container = container(&input.attrs)?;
    let body = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) if !container.transparent => {
                let mut writes = Vec::new();
                for field in &fields.named {
                    let member = member(&field.attrs)?;
                    if member.skip {
                        continue;
                    }
                    let Some(ident) = &field.ident else {
                        continue;
                    };
                    let key = field_key(&container, &member, ident);
                    let write = quote! {
                        out.key(&mut object, #key);
                        crate::domain::json_out::WriteJson::write_json(&self.#ident, out);
                    };
                    writes.push(match member.skip_if {
                        Some(skip_if) => quote! { if !#skip_if(&self.#ident) { #write } },
                        None => write,
                    });
                }
                quote! {
                    let mut object = out.begin_object();
                    #(#writes)*
                    out.end_object(object);
                }
            }
            // A newtype is written as what it holds, `transparent` or not (serde_json's
            // `serialize_newtype_struct`).
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                quote! { crate::domain::json_out::WriteJson::write_json(&self.0, out); }
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    &input.ident,
                    "WriteJson: only structs with named fields, or newtypes",
                ))
            }
        },
        Data::Enum(data) => {
            let mut arms = Vec::new();
            for variant in &data.variants {
                if !matches!(variant.fields, Fields::Unit) {
                    return Err(syn::Error::new_spanned(
                        variant,
                        "WriteJson: only enums whose variants hold no data",
                    ));
                }
                let member = member(&variant.attrs)?;
                let ident = &variant.ident;
                let name = variant_name(&container, &member, ident);
                arms.push(quote! { Self::#ident => #name, });
            }
            quote! { out.string(match self { #(#arms)* }); }
        }
        Data::Union(_) => {
            return Err(syn::Error::new_spanned(
                &input.ident,
                "WriteJson: unions are not written",
            ))
        }
    };
    let name = &input.ident;
    let generics = bounded(
        &input.generics,
        syn::parse_quote!(crate::domain::json_out::WriteJson),
    );
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    Ok(quote! {
        impl #impl_generics crate::domain::json_out::WriteJson for #name #type_generics #where_clause {
            fn write_json(&self, out: &mut crate::domain::json_out::JsonWriter<'_>) {
                #body
            }
        }
    })
}
