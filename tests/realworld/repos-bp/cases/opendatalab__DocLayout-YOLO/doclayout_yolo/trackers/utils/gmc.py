stub: upstream file of 13661 bytes
