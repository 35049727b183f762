stub: upstream file of 11016 bytes
