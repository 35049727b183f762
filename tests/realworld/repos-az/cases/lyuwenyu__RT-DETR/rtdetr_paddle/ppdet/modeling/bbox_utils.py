stub: upstream file of 21993 bytes
