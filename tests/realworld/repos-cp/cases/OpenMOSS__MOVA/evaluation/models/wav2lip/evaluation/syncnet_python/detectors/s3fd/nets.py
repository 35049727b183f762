stub: upstream file of 5598 bytes
