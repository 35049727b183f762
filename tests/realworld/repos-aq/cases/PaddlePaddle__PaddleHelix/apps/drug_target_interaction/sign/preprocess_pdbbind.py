stub: upstream file of 13857 bytes
