stub: upstream file of 9110 bytes
