stub: upstream file of 4978 bytes
