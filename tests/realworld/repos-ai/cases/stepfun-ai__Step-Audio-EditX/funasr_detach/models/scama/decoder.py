stub: upstream file of 43973 bytes
