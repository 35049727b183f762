stub: upstream file of 29589 bytes
