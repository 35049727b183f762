stub: upstream file of 9951 bytes
