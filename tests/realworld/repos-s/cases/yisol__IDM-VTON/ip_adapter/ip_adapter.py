stub: upstream file of 38967 bytes
