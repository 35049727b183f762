stub: upstream file of 5488 bytes
