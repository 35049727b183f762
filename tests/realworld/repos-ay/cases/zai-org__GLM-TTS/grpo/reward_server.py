stub: upstream file of 8557 bytes
