stub: upstream file of 1857 bytes
