stub: upstream file of 25339 bytes
