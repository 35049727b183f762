stub: upstream file of 937 bytes
