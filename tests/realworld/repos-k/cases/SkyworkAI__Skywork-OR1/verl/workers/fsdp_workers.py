stub: upstream file of 57931 bytes
