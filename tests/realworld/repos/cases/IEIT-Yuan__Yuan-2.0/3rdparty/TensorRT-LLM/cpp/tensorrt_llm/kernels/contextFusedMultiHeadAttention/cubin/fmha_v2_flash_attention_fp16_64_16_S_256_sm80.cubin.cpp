stub: upstream file of 466507 bytes
