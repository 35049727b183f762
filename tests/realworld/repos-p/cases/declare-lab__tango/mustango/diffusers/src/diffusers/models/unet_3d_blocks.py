stub: upstream file of 23686 bytes
