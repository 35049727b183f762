stub: upstream file of 33068 bytes
