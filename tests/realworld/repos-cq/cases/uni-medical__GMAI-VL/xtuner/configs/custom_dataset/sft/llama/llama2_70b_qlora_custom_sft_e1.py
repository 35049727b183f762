stub: upstream file of 7514 bytes
