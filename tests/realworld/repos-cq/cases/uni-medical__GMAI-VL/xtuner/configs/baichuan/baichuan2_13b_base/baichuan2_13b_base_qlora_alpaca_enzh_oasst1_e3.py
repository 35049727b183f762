stub: upstream file of 8223 bytes
