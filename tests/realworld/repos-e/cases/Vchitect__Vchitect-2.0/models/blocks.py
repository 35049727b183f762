stub: upstream file of 33770 bytes
