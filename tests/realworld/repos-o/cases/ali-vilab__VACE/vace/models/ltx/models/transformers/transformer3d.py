stub: upstream file of 23874 bytes
