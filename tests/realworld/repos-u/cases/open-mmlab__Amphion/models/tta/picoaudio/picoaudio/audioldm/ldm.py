stub: upstream file of 28449 bytes
