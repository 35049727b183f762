stub: upstream file of 7329 bytes
