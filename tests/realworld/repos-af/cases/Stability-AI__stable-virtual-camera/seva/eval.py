stub: upstream file of 65081 bytes
