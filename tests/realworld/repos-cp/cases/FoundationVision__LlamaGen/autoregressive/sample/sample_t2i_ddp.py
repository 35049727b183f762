stub: upstream file of 10676 bytes
