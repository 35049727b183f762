stub: upstream file of 18730 bytes
