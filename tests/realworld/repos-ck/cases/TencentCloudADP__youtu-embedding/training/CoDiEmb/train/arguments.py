stub: upstream file of 6108 bytes
