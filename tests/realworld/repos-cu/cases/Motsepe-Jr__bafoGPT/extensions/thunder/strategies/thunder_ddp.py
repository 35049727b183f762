stub: upstream file of 10498 bytes
