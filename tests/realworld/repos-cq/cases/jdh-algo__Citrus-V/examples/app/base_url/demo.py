stub: upstream file of 604 bytes
