stub: upstream file of 15792 bytes
