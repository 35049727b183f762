stub: upstream file of 14439 bytes
