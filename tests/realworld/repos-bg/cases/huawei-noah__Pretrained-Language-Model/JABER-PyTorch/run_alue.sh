stub: upstream file of 25295 bytes
