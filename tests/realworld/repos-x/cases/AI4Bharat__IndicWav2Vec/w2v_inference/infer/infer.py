stub: upstream file of 15472 bytes
