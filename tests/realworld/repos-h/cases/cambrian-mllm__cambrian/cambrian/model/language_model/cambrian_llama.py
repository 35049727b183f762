stub: upstream file of 23420 bytes
