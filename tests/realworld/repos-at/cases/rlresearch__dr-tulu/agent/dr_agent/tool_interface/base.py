stub: upstream file of 7967 bytes
