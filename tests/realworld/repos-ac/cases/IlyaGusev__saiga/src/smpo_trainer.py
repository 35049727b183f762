stub: upstream file of 44974 bytes
