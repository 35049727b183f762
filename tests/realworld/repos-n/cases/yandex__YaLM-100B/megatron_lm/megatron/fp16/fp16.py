stub: upstream file of 32260 bytes
