stub: upstream file of 17073 bytes
