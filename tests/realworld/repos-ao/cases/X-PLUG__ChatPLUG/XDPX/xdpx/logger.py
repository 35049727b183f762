stub: upstream file of 10853 bytes
