stub: upstream file of 12492 bytes
