stub: upstream file of 18238 bytes
