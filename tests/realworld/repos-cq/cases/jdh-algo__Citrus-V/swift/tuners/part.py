stub: upstream file of 5010 bytes
