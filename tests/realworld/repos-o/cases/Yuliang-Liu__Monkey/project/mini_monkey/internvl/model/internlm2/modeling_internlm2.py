stub: upstream file of 61686 bytes
