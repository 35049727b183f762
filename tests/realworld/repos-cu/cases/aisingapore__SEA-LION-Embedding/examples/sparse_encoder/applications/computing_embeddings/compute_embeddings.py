stub: upstream file of 3893 bytes
