stub: upstream file of 6841 bytes
