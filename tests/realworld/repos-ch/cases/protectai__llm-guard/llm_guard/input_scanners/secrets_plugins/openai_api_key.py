stub: upstream file of 514 bytes
