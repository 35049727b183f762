stub: upstream file of 31456 bytes
