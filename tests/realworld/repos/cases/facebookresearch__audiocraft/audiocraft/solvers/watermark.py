stub: upstream file of 28492 bytes
