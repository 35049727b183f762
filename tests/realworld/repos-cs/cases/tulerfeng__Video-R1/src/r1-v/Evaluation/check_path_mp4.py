stub: upstream file of 4527 bytes
