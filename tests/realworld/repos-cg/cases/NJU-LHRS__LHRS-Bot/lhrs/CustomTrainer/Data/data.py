stub: upstream file of 6784 bytes
