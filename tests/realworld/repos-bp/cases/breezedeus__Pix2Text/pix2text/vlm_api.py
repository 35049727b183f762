stub: upstream file of 8762 bytes
