stub: upstream file of 15014 bytes
