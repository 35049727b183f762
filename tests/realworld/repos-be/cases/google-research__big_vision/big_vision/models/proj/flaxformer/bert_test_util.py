stub: upstream file of 17426 bytes
