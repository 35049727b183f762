stub: upstream file of 6005 bytes
