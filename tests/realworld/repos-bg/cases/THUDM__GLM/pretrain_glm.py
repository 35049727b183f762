stub: upstream file of 28176 bytes
