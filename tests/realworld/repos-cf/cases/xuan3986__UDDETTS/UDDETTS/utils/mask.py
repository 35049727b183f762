stub: upstream file of 6650 bytes
