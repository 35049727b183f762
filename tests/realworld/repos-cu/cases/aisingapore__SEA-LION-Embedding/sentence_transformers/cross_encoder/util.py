stub: upstream file of 2678 bytes
