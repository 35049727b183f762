stub: upstream file of 4739 bytes
