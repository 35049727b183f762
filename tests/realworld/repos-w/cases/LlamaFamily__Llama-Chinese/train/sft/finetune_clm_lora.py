stub: upstream file of 29661 bytes
