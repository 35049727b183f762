stub: upstream file of 2650 bytes
