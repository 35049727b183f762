stub: upstream file of 7587 bytes
