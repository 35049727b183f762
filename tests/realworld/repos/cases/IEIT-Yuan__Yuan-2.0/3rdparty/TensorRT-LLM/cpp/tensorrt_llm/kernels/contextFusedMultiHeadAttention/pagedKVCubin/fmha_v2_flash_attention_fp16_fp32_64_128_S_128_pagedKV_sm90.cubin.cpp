stub: upstream file of 839857 bytes
