stub: upstream file of 117837 bytes
