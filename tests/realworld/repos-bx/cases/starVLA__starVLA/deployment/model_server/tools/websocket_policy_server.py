stub: upstream file of 5851 bytes
