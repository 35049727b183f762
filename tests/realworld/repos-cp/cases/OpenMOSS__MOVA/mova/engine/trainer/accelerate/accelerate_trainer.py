stub: upstream file of 19857 bytes
