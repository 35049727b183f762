stub: upstream file of 23164 bytes
