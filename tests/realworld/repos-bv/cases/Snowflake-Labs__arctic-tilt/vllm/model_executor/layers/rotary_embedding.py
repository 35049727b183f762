stub: upstream file of 50901 bytes
