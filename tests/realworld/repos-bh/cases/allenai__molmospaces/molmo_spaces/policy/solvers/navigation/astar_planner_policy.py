stub: upstream file of 23061 bytes
