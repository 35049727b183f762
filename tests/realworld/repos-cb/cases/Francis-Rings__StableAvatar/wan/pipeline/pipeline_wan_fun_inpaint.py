stub: upstream file of 32450 bytes
