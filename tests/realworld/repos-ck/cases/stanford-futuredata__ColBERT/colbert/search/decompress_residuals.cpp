stub: upstream file of 5886 bytes
