stub: upstream file of 10059 bytes
