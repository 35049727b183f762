stub: upstream file of 11253 bytes
