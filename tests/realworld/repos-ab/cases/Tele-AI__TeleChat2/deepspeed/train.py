stub: upstream file of 34590 bytes
