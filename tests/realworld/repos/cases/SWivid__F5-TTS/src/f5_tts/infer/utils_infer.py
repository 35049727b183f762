stub: upstream file of 20543 bytes
