stub: upstream file of 5080 bytes
