stub: upstream file of 18733 bytes
