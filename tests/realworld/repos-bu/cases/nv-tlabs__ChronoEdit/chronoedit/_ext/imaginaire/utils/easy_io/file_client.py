stub: upstream file of 16673 bytes
