stub: upstream file of 25937 bytes
