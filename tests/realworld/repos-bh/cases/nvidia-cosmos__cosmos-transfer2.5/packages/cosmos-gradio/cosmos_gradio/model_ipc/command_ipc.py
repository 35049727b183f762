stub: upstream file of 8108 bytes
