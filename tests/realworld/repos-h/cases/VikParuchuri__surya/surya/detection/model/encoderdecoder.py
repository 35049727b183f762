stub: upstream file of 24635 bytes
