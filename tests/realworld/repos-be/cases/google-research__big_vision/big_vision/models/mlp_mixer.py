stub: upstream file of 5750 bytes
