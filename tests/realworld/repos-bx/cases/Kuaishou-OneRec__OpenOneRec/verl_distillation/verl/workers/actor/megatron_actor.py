stub: upstream file of 33760 bytes
