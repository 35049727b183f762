stub: upstream file of 10541 bytes
