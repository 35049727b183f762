stub: upstream file of 7857 bytes
