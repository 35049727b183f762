stub: upstream file of 16059 bytes
