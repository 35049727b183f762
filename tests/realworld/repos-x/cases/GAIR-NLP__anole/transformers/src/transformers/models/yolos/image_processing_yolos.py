stub: upstream file of 67891 bytes
