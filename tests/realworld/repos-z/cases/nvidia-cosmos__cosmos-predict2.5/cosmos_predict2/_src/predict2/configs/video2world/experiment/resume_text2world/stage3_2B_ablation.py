stub: upstream file of 120766 bytes
