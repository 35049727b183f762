stub: upstream file of 10018 bytes
