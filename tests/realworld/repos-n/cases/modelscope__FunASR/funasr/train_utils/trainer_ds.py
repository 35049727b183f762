stub: upstream file of 47798 bytes
