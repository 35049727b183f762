stub: upstream file of 5786 bytes
