stub: upstream file of 4694 bytes
