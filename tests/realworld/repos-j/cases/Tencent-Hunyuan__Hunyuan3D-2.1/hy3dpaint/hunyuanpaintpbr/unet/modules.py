stub: upstream file of 45181 bytes
