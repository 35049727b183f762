stub: upstream file of 21321 bytes
