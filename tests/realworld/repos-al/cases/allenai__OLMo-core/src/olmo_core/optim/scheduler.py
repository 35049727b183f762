stub: upstream file of 42850 bytes
