stub: upstream file of 35439 bytes
