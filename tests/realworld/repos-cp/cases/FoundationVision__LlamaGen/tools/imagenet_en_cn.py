stub: upstream file of 45900 bytes
