stub: upstream file of 12735 bytes
