stub: upstream file of 43420 bytes
