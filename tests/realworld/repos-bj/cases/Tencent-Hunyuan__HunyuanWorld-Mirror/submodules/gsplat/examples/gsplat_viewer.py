stub: upstream file of 9675 bytes
