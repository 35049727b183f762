stub: upstream file of 18047 bytes
