stub: upstream file of 19994 bytes
