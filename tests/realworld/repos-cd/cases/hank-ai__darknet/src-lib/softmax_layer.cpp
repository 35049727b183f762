stub: upstream file of 18914 bytes
