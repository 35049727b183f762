stub: upstream file of 14783 bytes
