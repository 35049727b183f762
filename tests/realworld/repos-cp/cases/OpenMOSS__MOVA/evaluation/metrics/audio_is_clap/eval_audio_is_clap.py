stub: upstream file of 18980 bytes
