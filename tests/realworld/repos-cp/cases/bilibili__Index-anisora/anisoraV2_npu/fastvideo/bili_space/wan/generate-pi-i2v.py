stub: upstream file of 17171 bytes
