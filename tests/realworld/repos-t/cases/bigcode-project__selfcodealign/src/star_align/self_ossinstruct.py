stub: upstream file of 25845 bytes
