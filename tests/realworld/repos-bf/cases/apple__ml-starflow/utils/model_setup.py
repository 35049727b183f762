stub: upstream file of 18480 bytes
