stub: upstream file of 59821 bytes
