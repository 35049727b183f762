stub: upstream file of 17736 bytes
