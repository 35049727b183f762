stub: upstream file of 10993 bytes
