stub: upstream file of 17384 bytes
