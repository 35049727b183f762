stub: upstream file of 66013 bytes
