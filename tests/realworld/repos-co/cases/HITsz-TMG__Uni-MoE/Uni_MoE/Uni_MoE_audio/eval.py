stub: upstream file of 21594 bytes
