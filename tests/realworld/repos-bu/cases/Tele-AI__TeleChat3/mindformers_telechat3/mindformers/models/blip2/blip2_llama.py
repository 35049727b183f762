stub: upstream file of 7836 bytes
