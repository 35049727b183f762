stub: upstream file of 21180 bytes
