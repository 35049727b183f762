stub: upstream file of 8857 bytes
