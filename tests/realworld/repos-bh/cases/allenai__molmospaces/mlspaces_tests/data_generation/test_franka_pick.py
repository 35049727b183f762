stub: upstream file of 21067 bytes
