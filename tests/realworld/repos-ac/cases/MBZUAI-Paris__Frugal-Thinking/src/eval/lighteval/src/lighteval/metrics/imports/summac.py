stub: upstream file of 11629 bytes
