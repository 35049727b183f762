stub: upstream file of 16034 bytes
