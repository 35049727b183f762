stub: upstream file of 9723 bytes
