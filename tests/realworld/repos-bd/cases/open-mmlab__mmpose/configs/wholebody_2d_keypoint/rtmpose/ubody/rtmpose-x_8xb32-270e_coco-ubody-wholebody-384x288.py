stub: upstream file of 7444 bytes
