stub: upstream file of 15594 bytes
