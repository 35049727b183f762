stub: upstream file of 20427 bytes
