stub: upstream file of 13993 bytes
