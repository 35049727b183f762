stub: upstream file of 89589 bytes
