stub: upstream file of 23710 bytes
