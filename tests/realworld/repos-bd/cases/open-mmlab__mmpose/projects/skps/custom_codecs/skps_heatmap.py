stub: upstream file of 5678 bytes
