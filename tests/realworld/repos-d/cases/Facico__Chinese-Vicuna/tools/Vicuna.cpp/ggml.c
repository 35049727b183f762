stub: upstream file of 328260 bytes
