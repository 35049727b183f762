stub: upstream file of 3281 bytes
