stub: upstream file of 11789 bytes
