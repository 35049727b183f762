stub: upstream file of 15218 bytes
