stub: upstream file of 14203 bytes
