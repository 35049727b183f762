stub: upstream file of 13464 bytes
