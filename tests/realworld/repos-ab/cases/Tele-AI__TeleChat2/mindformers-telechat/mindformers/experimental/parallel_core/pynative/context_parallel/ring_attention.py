stub: upstream file of 37661 bytes
