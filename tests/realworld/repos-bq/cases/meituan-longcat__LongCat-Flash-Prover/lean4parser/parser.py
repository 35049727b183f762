stub: upstream file of 78666 bytes
