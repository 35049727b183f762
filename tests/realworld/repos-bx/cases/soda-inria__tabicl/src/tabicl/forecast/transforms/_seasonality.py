stub: upstream file of 14474 bytes
