stub: upstream file of 9929 bytes
