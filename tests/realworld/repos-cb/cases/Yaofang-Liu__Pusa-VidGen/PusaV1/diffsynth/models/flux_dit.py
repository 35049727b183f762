stub: upstream file of 33956 bytes
