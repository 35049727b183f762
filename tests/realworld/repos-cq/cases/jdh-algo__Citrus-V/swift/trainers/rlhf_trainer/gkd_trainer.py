stub: upstream file of 7598 bytes
