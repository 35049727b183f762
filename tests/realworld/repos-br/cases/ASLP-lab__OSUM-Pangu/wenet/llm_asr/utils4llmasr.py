stub: upstream file of 17263 bytes
