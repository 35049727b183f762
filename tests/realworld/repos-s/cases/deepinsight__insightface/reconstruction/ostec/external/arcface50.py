stub: upstream file of 27626 bytes
