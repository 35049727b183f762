stub: upstream file of 5237 bytes
