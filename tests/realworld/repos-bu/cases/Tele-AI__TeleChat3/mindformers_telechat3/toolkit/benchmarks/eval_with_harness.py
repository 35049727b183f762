stub: upstream file of 26979 bytes
