stub: upstream file of 6993 bytes
