stub: upstream file of 115204 bytes
