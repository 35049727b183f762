stub: upstream file of 37909 bytes
