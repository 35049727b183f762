stub: upstream file of 22603 bytes
