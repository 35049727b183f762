stub: upstream file of 22857 bytes
