stub: upstream file of 10330 bytes
