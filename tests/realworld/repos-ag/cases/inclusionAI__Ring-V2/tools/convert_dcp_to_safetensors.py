stub: upstream file of 28857 bytes
