stub: upstream file of 60005 bytes
