stub: upstream file of 43697 bytes
