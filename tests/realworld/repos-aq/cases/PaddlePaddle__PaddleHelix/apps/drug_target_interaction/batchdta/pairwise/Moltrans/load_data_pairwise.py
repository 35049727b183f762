stub: upstream file of 15069 bytes
