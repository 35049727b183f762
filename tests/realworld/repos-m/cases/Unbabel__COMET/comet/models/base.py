stub: upstream file of 25798 bytes
