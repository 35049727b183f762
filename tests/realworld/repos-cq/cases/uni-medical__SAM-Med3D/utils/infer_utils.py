stub: upstream file of 19398 bytes
