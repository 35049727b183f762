stub: upstream file of 16336 bytes
