stub: upstream file of 17110 bytes
