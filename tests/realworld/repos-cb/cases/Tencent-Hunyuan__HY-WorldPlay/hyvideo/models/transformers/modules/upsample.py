stub: upstream file of 6091 bytes
