stub: upstream file of 14667 bytes
