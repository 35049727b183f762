stub: upstream file of 19539 bytes
