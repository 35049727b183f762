stub: upstream file of 9141 bytes
