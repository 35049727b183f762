stub: upstream file of 12764 bytes
