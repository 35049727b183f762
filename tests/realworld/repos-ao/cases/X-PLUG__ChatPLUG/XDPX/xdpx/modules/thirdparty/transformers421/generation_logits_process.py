stub: upstream file of 21967 bytes
