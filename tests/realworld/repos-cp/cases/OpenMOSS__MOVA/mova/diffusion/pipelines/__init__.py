stub: upstream file of 103 bytes
