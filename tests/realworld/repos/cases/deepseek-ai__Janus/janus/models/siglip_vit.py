stub: upstream file of 24088 bytes
