stub: upstream file of 13241 bytes
