stub: upstream file of 13211 bytes
