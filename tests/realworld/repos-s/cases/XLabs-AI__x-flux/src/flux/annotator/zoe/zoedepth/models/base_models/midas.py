stub: upstream file of 15232 bytes
