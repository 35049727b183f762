stub: upstream file of 18979 bytes
