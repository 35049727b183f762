stub: upstream file of 16515 bytes
