stub: upstream file of 2501857 bytes
