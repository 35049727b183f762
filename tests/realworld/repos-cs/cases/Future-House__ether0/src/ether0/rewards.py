stub: upstream file of 25885 bytes
