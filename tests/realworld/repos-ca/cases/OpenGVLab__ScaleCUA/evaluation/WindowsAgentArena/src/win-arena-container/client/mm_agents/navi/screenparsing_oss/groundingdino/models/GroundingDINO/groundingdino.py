stub: upstream file of 17269 bytes
