stub: upstream file of 27009 bytes
