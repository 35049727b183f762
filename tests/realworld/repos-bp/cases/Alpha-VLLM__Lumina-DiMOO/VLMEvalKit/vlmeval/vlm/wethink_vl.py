stub: upstream file of 6739 bytes
