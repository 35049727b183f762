stub: upstream file of 24521 bytes
