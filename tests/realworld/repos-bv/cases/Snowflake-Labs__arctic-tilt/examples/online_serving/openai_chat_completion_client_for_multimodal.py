stub: upstream file of 9770 bytes
