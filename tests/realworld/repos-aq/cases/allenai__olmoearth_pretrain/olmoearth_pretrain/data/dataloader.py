stub: upstream file of 31016 bytes
