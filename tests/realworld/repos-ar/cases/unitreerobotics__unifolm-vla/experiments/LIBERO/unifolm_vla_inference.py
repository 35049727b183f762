stub: upstream file of 8587 bytes
