stub: upstream file of 11764 bytes
