stub: upstream file of 17792 bytes
