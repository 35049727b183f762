stub: upstream file of 37965 bytes
