stub: upstream file of 25817 bytes
