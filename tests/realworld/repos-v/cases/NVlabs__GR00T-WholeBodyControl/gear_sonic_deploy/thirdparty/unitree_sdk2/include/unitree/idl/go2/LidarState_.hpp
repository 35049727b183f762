stub: upstream file of 38857 bytes
