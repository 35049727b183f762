stub: upstream file of 22590 bytes
