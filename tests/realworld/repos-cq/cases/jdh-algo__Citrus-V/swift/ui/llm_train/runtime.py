stub: upstream file of 25101 bytes
