stub: upstream file of 11958 bytes
