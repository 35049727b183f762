stub: upstream file of 3124 bytes
