stub: upstream file of 36012 bytes
