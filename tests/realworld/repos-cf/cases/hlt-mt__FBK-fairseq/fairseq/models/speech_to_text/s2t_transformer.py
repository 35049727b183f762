stub: upstream file of 17967 bytes
