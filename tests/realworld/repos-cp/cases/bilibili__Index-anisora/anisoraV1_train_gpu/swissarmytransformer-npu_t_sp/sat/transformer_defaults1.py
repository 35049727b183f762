stub: upstream file of 20441 bytes
