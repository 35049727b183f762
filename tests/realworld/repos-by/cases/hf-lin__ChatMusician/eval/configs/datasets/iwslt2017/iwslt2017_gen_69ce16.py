stub: upstream file of 1174 bytes
