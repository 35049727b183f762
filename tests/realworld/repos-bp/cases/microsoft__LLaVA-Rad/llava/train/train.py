stub: upstream file of 37356 bytes
