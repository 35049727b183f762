stub: upstream file of 60431 bytes
