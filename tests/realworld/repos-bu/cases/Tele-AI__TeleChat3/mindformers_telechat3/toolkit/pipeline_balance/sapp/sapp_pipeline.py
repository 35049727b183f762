stub: upstream file of 28014 bytes
