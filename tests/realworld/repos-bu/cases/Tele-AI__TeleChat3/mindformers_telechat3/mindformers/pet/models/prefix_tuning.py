stub: upstream file of 5019 bytes
