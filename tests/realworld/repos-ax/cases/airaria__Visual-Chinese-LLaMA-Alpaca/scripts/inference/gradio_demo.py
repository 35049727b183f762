stub: upstream file of 7748 bytes
