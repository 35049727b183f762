stub: upstream file of 35111 bytes
