stub: upstream file of 11548 bytes
