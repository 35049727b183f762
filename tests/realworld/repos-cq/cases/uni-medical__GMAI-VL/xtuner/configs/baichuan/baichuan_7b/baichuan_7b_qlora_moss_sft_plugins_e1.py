stub: upstream file of 7035 bytes
