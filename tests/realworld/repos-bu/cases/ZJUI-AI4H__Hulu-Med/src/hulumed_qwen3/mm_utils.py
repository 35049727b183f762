stub: upstream file of 20935 bytes
