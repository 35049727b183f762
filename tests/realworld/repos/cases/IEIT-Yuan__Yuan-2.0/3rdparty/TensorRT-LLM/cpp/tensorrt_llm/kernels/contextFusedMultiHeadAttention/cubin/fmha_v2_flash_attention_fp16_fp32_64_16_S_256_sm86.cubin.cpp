stub: upstream file of 535979 bytes
