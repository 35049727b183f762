stub: upstream file of 34661 bytes
