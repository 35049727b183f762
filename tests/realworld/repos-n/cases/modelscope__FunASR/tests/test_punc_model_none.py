stub: upstream file of 26007 bytes
