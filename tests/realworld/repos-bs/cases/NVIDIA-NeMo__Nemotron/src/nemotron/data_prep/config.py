stub: upstream file of 17441 bytes
