stub: upstream file of 11923 bytes
