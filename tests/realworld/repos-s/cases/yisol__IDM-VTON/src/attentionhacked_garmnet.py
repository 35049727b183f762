stub: upstream file of 27900 bytes
