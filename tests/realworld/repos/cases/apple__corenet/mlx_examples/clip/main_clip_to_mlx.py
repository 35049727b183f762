stub: upstream file of 13479 bytes
