stub: upstream file of 7480 bytes
