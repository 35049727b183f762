stub: upstream file of 19070 bytes
