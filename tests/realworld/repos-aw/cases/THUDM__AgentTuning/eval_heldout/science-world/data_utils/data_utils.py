stub: upstream file of 23792 bytes
