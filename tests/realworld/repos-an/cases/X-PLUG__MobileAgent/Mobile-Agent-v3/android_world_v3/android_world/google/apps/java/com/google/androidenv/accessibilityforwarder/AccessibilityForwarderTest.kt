stub: upstream file of 18821 bytes
