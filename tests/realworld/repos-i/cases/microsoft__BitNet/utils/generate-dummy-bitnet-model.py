stub: upstream file of 44704 bytes
