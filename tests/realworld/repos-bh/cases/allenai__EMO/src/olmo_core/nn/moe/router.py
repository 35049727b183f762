stub: upstream file of 38559 bytes
