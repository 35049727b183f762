stub: upstream file of 11739 bytes
