stub: upstream file of 15973 bytes
