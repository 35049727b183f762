stub: upstream file of 20551 bytes
