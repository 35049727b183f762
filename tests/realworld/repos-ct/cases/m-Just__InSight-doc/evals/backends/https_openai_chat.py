stub: upstream file of 19127 bytes
