stub: upstream file of 9923 bytes
