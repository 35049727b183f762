stub: upstream file of 22350 bytes
