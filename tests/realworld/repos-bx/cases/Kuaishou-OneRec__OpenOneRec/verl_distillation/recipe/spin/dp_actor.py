stub: upstream file of 14739 bytes
