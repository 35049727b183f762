stub: upstream file of 33841 bytes
