stub: upstream file of 47279 bytes
