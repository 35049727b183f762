stub: upstream file of 10849 bytes
