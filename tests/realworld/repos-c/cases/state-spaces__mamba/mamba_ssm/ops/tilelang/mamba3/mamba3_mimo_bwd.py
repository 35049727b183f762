stub: upstream file of 84794 bytes
