stub: upstream file of 7678 bytes
