stub: upstream file of 18967 bytes
