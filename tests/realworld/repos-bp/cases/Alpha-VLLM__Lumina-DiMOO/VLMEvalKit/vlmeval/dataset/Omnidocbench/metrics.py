stub: upstream file of 19576 bytes
