stub: upstream file of 558 bytes
