stub: upstream file of 210846 bytes
