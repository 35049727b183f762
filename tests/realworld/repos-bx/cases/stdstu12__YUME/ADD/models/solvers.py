stub: upstream file of 4906 bytes
