stub: upstream file of 17979 bytes
