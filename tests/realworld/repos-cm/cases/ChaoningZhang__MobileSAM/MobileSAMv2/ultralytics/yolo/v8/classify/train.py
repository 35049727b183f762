stub: upstream file of 6875 bytes
