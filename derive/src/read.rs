//! `#[derive(ReadJson)]`: reads a type from JSON as `#[derive(Deserialize)]` and serde_json
//! read it, from the same `#[serde(...)]` attributes.
//!
//! serde's rules that the generated reader follows:
//! - a record (a struct with named fields) is read from an object by key or, as serde's derive
//!   also allows, from an array of its fields in order; unknown keys are skipped and a key given
//!   twice is refused;
//! - a field absent from the object takes its `default` (the field's, or the container's value
//!   of that field); an `Option` without `deserialize_with` is none; any other field is needed;
//! - a `skip`ped field is never read and takes the container's or its type's default;
//! - a newtype (or a `transparent` struct) is read as what it holds;
//! - an enum of unit variants is read from a variant's name, or from an object with the name as
//!   its only key and `null` as its value; a variant marked `other` takes every unknown name.

use super::{bounded, container, field_key, member, variant_name, Container, DefaultValue};
use proc_macro2::TokenStream as Tokens;
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Fields, Type};

pub fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    let container = container(&input.attrs)?;
    let (consts, body) = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) if !container.transparent => record(&container, fields)?,
            Fields::Named(fields) if fields.named.len() == 1 => {
                let ident = fields.named.iter().filter_map(|f| f.ident.as_ref());
                let body = quote! {
                    Ok(Self { #(#ident)*: crate::domain::json_read::ReadJson::read_json(reader)? })
                };
                (quote! {}, body)
            }
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                let body = quote! {
                    Ok(Self(crate::domain::json_read::ReadJson::read_json(reader)?))
                };
                (quote! {}, body)
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    &input.ident,
                    "ReadJson: only structs with named fields, or newtypes",
                ))
            }
        },
        Data::Enum(data) => choice(&container, data)?,
        Data::Union(_) => {
            return Err(syn::Error::new_spanned(
                &input.ident,
                "ReadJson: unions are not read",
            ))
        }
    };
    let name = &input.ident;
    let generics = bounded(
        &input.generics,
        syn::parse_quote!(crate::domain::json_read::ReadJson),
    );
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    Ok(quote! {
        impl #impl_generics crate::domain::json_read::ReadJson for #name #type_generics #where_clause {
            #consts

            fn read_json(
                reader: &mut crate::domain::json_read::Reader<'_>,
            ) -> crate::domain::json_read::Result<Self> {
                #body
            }
        }
    })
}

/// Whether `ty` is written `Option<…>` (serde's derive tells an optional field the same way).
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Option"),
        _ => false,
    }
}

/// A record's `FIELDS` and reader.
fn record(container: &Container, fields: &syn::FieldsNamed) -> syn::Result<(Tokens, Tokens)> {
    let mut keys = Vec::new();
    let mut slots = Vec::new();
    let mut arms = Vec::new();
    let mut values = Vec::new();
    let mut uses_container_default = false;
    for field in &fields.named {
        let member = member(&field.attrs)?;
        let Some(ident) = &field.ident else {
            continue;
        };
        let ty = &field.ty;
        let fallback = match (&member.default, &container.default) {
            (Some(DefaultValue::Function(function)), _) => Some(quote! { #function() }),
            (Some(DefaultValue::Trait), _) => Some(quote! { ::core::default::Default::default() }),
            (None, Some(_)) => {
                uses_container_default = true;
                Some(quote! { container_default.#ident })
            }
            (None, None) if member.skip => Some(quote! { ::core::default::Default::default() }),
            (None, None) if is_option(ty) && !member.deserialize_with => {
                Some(quote! { ::core::option::Option::None })
            }
            (None, None) => None,
        };
        if member.skip {
            let value = fallback.unwrap_or_else(|| quote! { ::core::default::Default::default() });
            values.push(quote! { #ident: #value });
            continue;
        }
        let index = keys.len();
        let key = field_key(container, &member, ident);
        let needed = fallback.is_none();
        keys.push(quote! { (#key, #needed) });
        let slot = format_ident!("field_{}", index);
        slots.push(
            quote! { let mut #slot: ::core::option::Option<#ty> = ::core::option::Option::None; },
        );
        // Each key is read once (a second one is refused before this), so the slot is still
        // empty here: testing it lets the compiler drop no old value.
        arms.push(quote! {
            #index if #slot.is_none() => {
                #slot = ::core::option::Option::Some(
                    crate::domain::json_read::ReadJson::read_json(reader)?,
                );
            }
        });
        values.push(match fallback {
            Some(fallback) => quote! { #ident: match #slot {
                ::core::option::Option::Some(value) => value,
                ::core::option::Option::None => #fallback,
            } },
            None => quote! { #ident: #slot.ok_or_else(|| reader.missing(#key))? },
        });
    }
    let consts = quote! {
        const FIELDS: &'static [(&'static str, bool)] = &[#(#keys),*];
    };
    let defaults = uses_container_default.then(|| {
        let value = match &container.default {
            Some(DefaultValue::Function(function)) => quote! { #function() },
            _ => quote! { <Self as ::core::default::Default>::default() },
        };
        quote! { let container_default: Self = #value; }
    });
    let body = quote! {
        // `read_record` tells a key given twice by one bit per field.
        const { assert!(<Self as crate::domain::json_read::ReadJson>::FIELDS.len() <= 64) };
        #(#slots)*
        reader.read_record(
            <Self as crate::domain::json_read::ReadJson>::FIELDS,
            &mut |reader, index| {
                match index {
                    #(#arms)*
                    _ => {}
                }
                Ok(())
            },
        )?;
        #defaults
        Ok(Self { #(#values),* })
    };
    Ok((consts, body))
}

/// An enum of unit variants: its `NAMES` and reader.
fn choice(container: &Container, data: &syn::DataEnum) -> syn::Result<(Tokens, Tokens)> {
    let mut names = Vec::new();
    let mut arms = Vec::new();
    let mut other = quote! { ::core::option::Option::None };
    for (index, variant) in data.variants.iter().enumerate() {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new_spanned(
                variant,
                "ReadJson: only enums whose variants hold no data",
            ));
        }
        let member = member(&variant.attrs)?;
        let ident = &variant.ident;
        names.push(variant_name(container, &member, ident));
        if member.other {
            other = quote! { ::core::option::Option::Some(#index) };
        }
        arms.push(quote! { #index => Ok(Self::#ident), });
    }
    let consts = quote! {
        const NAMES: &'static [&'static str] = &[#(#names),*];
    };
    let body = quote! {
        match reader.read_variant(<Self as crate::domain::json_read::ReadJson>::NAMES, #other)? {
            #(#arms)*
            // `read_variant` gives an index of `NAMES`, which has one name per variant.
            _ => Err(reader.wrong_type(crate::domain::json_read::Expected::Name)),
        }
    };
    Ok((consts, body))
}
