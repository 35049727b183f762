stub: upstream file of 5061 bytes
