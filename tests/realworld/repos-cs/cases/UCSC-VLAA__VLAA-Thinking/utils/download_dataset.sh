stub: upstream file of 1417 bytes
