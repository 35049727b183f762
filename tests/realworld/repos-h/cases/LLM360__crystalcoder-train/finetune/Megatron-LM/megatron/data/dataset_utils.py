stub: upstream file of 30958 bytes
