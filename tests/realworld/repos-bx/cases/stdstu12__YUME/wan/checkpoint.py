stub: upstream file of 13656 bytes
