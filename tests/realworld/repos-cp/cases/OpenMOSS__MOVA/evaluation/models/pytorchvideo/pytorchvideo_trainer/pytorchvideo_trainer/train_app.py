stub: upstream file of 11697 bytes
