stub: upstream file of 2476 bytes
