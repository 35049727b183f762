stub: upstream file of 38903 bytes
