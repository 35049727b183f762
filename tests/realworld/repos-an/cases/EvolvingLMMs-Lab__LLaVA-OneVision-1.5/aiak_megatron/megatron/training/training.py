stub: upstream file of 90940 bytes
