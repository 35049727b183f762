stub: upstream file of 21566 bytes
