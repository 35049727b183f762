stub: upstream file of 34411 bytes
