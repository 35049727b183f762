stub: upstream file of 2574 bytes
