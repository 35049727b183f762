stub: upstream file of 616 bytes
