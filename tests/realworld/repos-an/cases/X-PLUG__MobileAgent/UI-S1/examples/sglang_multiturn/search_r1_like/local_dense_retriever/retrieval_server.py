stub: upstream file of 14174 bytes
