stub: upstream file of 15536 bytes
