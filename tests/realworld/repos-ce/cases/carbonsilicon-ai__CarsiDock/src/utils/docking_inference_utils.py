stub: upstream file of 20116 bytes
