stub: upstream file of 11116 bytes
