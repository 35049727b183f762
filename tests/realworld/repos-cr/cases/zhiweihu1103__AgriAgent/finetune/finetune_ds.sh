stub: upstream file of 1967 bytes
