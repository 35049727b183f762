stub: upstream file of 14528 bytes
