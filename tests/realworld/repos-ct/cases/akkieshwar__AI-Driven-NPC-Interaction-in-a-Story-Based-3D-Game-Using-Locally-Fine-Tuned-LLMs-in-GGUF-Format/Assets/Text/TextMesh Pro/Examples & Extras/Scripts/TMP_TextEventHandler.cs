stub: upstream file of 9303 bytes
