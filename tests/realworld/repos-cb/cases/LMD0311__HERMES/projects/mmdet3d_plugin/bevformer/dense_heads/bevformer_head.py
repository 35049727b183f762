stub: upstream file of 30299 bytes
