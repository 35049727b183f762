stub: upstream file of 18080 bytes
