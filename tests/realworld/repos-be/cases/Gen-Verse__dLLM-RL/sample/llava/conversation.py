stub: upstream file of 23919 bytes
