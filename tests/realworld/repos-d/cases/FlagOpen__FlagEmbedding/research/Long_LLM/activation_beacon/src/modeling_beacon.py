stub: upstream file of 54190 bytes
