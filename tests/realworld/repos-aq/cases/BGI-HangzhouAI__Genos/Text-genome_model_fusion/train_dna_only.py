stub: upstream file of 24380 bytes
