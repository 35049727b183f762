stub: upstream file of 15691 bytes
