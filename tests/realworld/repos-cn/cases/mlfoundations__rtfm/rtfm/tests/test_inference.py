stub: upstream file of 11589 bytes
