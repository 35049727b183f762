stub: upstream file of 22161 bytes
