stub: upstream file of 31245 bytes
