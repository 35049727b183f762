stub: upstream file of 3118 bytes
