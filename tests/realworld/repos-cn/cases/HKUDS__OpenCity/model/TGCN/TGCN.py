stub: upstream file of 8937 bytes
