stub: upstream file of 31014 bytes
