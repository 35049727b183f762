stub: upstream file of 17889 bytes
