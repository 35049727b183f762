stub: upstream file of 15940 bytes
