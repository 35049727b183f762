stub: upstream file of 26623 bytes
