stub: upstream file of 1757 bytes
