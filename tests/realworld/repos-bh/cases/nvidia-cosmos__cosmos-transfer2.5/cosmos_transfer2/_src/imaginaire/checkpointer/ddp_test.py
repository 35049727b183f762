stub: upstream file of 7937 bytes
