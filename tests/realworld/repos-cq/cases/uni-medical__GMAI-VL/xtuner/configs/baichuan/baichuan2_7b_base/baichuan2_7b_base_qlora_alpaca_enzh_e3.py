stub: upstream file of 7725 bytes
