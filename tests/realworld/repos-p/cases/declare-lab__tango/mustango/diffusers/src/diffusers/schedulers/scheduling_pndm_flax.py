stub: upstream file of 21691 bytes
