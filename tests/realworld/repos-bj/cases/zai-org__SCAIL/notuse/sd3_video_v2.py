stub: upstream file of 37704 bytes
