stub: upstream file of 2375 bytes
