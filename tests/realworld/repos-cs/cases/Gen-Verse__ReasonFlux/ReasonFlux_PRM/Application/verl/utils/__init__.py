stub: upstream file of 739 bytes
