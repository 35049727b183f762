stub: upstream file of 20615 bytes
