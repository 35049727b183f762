stub: upstream file of 32053 bytes
