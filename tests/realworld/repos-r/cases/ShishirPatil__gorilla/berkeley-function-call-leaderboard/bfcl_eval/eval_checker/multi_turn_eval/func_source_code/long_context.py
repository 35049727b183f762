stub: upstream file of 190330 bytes
