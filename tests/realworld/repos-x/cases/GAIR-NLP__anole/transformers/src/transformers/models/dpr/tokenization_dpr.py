stub: upstream file of 15725 bytes
