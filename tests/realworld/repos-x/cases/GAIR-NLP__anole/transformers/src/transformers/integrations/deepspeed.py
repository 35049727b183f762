stub: upstream file of 18704 bytes
