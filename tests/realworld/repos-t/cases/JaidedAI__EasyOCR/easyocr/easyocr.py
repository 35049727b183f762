stub: upstream file of 31891 bytes
