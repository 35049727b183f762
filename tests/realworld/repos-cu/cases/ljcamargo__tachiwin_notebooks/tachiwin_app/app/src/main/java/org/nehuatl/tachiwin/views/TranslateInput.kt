stub: upstream file of 9587 bytes
