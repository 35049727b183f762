stub: upstream file of 32589 bytes
