stub: upstream file of 78588 bytes
