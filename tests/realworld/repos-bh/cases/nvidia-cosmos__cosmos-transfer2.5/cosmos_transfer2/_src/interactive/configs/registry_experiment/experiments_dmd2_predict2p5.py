stub: upstream file of 18101 bytes
