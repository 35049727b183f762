stub: upstream file of 7661 bytes
