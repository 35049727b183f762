stub: upstream file of 10365 bytes
