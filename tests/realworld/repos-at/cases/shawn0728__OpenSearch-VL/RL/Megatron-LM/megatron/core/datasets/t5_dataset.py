stub: upstream file of 13717 bytes
