stub: upstream file of 1883 bytes
