stub: upstream file of 8276 bytes
