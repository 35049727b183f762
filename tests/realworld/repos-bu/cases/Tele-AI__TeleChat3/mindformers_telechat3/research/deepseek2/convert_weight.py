stub: upstream file of 12685 bytes
