stub: upstream file of 5704 bytes
