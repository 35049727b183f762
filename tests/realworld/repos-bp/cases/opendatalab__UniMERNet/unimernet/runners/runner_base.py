stub: upstream file of 23308 bytes
