stub: upstream file of 24690 bytes
