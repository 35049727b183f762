stub: upstream file of 80777 bytes
