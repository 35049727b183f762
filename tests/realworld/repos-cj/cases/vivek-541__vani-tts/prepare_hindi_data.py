stub: upstream file of 2083 bytes
