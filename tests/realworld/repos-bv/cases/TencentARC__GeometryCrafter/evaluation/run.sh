stub: upstream file of 646 bytes
