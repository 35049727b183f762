stub: upstream file of 10127 bytes
