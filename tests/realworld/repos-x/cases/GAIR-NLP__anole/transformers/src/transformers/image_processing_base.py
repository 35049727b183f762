stub: upstream file of 25015 bytes
