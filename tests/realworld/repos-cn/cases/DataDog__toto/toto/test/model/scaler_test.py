stub: upstream file of 18761 bytes
