stub: upstream file of 27156 bytes
