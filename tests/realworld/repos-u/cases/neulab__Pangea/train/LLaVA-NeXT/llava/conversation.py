stub: upstream file of 22505 bytes
