stub: upstream file of 599 bytes
