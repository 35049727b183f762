stub: upstream file of 18020 bytes
