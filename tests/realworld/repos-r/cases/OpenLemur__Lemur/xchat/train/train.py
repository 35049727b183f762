stub: upstream file of 35208 bytes
