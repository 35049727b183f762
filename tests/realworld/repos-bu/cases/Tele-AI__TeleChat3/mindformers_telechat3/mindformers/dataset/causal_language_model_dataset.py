stub: upstream file of 19263 bytes
