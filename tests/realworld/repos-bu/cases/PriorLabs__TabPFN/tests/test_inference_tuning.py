stub: upstream file of 35171 bytes
