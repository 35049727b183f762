stub: upstream file of 55591 bytes
