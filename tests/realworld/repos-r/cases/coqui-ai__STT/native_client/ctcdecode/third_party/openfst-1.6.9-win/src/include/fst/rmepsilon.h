stub: upstream file of 18382 bytes
