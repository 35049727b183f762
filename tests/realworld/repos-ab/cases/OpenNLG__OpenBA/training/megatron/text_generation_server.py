stub: upstream file of 10437 bytes
