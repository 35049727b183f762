stub: upstream file of 17466 bytes
