stub: upstream file of 13657 bytes
