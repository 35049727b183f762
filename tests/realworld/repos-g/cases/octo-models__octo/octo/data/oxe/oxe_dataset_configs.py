stub: upstream file of 21857 bytes
