stub: upstream file of 17401 bytes
