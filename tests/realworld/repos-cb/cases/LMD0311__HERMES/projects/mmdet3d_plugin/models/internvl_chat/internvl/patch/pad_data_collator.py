stub: upstream file of 4770 bytes
