stub: upstream file of 12014 bytes
