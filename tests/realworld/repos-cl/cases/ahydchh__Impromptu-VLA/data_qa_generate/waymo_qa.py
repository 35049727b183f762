stub: upstream file of 18546 bytes
