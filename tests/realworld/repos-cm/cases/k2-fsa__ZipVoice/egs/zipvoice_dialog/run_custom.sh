stub: upstream file of 5546 bytes
