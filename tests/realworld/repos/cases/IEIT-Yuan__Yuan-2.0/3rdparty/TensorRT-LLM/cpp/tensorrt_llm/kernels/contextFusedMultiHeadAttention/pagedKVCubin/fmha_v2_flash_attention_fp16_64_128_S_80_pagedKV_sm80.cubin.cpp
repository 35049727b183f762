stub: upstream file of 753067 bytes
