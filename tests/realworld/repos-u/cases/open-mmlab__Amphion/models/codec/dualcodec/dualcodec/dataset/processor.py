stub: upstream file of 21881 bytes
