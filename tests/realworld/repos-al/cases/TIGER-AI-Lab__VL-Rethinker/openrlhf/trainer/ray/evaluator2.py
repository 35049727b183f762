stub: upstream file of 24012 bytes
