stub: upstream file of 13616 bytes
