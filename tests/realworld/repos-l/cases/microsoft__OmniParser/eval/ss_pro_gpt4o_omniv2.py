stub: upstream file of 20185 bytes
