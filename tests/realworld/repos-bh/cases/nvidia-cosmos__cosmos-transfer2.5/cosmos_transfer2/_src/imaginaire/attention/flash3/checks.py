stub: upstream file of 4908 bytes
