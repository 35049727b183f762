stub: upstream file of 13739 bytes
