stub: upstream file of 11915 bytes
