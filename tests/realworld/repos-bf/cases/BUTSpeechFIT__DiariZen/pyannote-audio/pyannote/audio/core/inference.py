stub: upstream file of 27174 bytes
