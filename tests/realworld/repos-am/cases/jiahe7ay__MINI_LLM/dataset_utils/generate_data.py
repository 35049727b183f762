stub: upstream file of 11635 bytes
