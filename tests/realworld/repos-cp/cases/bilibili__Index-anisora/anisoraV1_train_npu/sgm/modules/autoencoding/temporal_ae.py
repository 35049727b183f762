stub: upstream file of 11570 bytes
