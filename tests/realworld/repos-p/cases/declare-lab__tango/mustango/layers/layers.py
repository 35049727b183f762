stub: upstream file of 14535 bytes
