stub: upstream file of 17935 bytes
