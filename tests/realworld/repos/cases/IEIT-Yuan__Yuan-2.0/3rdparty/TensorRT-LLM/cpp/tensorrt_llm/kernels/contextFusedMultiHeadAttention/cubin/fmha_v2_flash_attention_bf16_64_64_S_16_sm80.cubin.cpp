stub: upstream file of 340211 bytes
