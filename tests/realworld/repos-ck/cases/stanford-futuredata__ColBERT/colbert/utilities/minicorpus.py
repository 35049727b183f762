stub: upstream file of 2478 bytes
