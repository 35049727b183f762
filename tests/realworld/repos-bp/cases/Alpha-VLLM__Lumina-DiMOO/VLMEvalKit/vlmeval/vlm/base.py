stub: upstream file of 8739 bytes
