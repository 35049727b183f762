stub: upstream file of 38748 bytes
