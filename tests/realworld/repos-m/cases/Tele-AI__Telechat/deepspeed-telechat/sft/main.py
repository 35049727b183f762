stub: upstream file of 16967 bytes
