stub: upstream file of 10070 bytes
