stub: upstream file of 27013 bytes
