stub: upstream file of 11125 bytes
