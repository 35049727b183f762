stub: upstream file of 73348 bytes
