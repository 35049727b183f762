stub: upstream file of 7014 bytes
