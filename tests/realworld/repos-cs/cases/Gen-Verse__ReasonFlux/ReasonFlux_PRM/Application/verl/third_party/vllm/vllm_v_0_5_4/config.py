stub: upstream file of 11615 bytes
