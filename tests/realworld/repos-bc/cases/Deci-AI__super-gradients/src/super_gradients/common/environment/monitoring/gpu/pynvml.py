stub: upstream file of 121647 bytes
