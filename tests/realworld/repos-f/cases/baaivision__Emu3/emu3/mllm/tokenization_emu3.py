stub: upstream file of 10130 bytes
