stub: upstream file of 12900 bytes
