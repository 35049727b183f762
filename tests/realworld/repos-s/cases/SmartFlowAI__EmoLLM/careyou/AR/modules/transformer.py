stub: upstream file of 12627 bytes
