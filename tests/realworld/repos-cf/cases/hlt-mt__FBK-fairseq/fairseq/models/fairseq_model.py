stub: upstream file of 20108 bytes
