stub: upstream file of 5017 bytes
