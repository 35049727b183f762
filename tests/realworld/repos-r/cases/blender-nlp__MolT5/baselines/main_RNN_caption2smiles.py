stub: upstream file of 17009 bytes
