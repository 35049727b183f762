stub: upstream file of 6967 bytes
