stub: upstream file of 126034 bytes
