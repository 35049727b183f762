stub: upstream file of 5306 bytes
