stub: upstream file of 39778 bytes
