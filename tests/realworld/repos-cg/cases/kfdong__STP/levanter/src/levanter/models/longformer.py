stub: upstream file of 4967 bytes
