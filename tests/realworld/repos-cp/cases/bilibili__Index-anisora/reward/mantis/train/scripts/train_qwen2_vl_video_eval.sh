stub: upstream file of 5590 bytes
