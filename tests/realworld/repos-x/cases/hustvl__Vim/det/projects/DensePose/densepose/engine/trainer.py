stub: upstream file of 10574 bytes
