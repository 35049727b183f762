stub: upstream file of 70593 bytes
