stub: upstream file of 9845 bytes
