stub: upstream file of 27616 bytes
