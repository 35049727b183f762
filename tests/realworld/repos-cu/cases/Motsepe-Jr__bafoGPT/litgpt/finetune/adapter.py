stub: upstream file of 18330 bytes
