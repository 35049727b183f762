stub: upstream file of 22554 bytes
