stub: upstream file of 20189 bytes
