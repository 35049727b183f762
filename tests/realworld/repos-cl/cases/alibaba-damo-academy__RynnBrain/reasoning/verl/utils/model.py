stub: upstream file of 28979 bytes
