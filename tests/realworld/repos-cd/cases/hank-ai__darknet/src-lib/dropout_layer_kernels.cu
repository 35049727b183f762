stub: upstream file of 6788 bytes
