stub: upstream file of 857 bytes
