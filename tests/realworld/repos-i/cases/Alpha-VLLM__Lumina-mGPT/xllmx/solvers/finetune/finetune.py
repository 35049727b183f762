stub: upstream file of 27739 bytes
