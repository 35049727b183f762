stub: upstream file of 27540 bytes
