stub: upstream file of 39691 bytes
