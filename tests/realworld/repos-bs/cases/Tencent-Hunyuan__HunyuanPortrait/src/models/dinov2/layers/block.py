stub: upstream file of 14967 bytes
