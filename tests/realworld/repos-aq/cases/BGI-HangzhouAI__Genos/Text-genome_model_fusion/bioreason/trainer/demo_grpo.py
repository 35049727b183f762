stub: upstream file of 43685 bytes
