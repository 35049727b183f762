stub: upstream file of 770 bytes
