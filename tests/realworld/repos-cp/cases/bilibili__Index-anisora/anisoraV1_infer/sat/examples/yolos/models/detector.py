stub: upstream file of 14735 bytes
