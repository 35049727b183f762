stub: upstream file of 20770 bytes
