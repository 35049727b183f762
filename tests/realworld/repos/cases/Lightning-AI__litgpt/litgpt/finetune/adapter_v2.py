stub: upstream file of 21432 bytes
