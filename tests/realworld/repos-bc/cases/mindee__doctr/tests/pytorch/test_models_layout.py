stub: upstream file of 7377 bytes
