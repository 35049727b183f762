stub: upstream file of 18189 bytes
