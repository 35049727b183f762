stub: upstream file of 17268 bytes
