stub: upstream file of 9135 bytes
