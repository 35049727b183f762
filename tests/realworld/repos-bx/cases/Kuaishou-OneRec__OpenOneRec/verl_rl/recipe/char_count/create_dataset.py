stub: upstream file of 6013 bytes
