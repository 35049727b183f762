stub: upstream file of 428600 bytes
