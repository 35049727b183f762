stub: upstream file of 8336 bytes
