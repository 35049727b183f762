stub: upstream file of 20857 bytes
