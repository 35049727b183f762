stub: upstream file of 174 bytes
