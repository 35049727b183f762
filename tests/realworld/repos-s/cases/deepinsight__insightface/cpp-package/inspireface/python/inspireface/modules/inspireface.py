stub: upstream file of 54028 bytes
