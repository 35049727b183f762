stub: upstream file of 8792 bytes
