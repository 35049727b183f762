stub: upstream file of 1635 bytes
