stub: upstream file of 5449 bytes
