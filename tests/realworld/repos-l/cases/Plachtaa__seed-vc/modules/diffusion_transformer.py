stub: upstream file of 22431 bytes
