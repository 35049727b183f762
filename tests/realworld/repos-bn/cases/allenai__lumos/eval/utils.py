stub: upstream file of 10076 bytes
