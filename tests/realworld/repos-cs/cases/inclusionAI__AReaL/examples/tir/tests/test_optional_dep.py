stub: upstream file of 1005 bytes
