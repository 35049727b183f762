stub: upstream file of 41669 bytes
