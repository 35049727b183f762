stub: upstream file of 21739 bytes
