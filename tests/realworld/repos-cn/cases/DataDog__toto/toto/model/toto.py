stub: upstream file of 6590 bytes
