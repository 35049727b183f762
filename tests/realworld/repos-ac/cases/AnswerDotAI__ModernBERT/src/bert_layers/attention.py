stub: upstream file of 67616 bytes
