stub: upstream file of 319670 bytes
