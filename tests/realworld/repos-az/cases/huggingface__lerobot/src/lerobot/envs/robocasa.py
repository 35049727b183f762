stub: upstream file of 17014 bytes
