stub: upstream file of 19505 bytes
