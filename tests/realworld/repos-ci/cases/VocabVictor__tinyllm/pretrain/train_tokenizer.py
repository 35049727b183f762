stub: upstream file of 5391 bytes
