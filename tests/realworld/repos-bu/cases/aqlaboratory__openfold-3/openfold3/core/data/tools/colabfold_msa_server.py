stub: upstream file of 43029 bytes
