stub: upstream file of 21926 bytes
