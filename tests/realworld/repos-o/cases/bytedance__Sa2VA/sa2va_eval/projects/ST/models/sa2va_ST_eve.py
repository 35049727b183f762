stub: upstream file of 36685 bytes
