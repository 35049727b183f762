stub: upstream file of 5499 bytes
