stub: upstream file of 17745 bytes
