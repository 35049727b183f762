stub: upstream file of 9558 bytes
