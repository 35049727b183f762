stub: upstream file of 9097 bytes
