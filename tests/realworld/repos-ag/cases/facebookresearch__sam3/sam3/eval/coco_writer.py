stub: upstream file of 11860 bytes
