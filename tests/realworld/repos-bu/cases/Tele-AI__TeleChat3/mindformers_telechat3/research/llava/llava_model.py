stub: upstream file of 27016 bytes
