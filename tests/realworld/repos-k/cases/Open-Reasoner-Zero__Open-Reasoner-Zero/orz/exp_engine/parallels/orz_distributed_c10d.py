stub: upstream file of 10035 bytes
