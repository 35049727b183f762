stub: upstream file of 19058 bytes
