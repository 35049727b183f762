stub: upstream file of 11009 bytes
