stub: upstream file of 27909 bytes
