stub: upstream file of 16103 bytes
