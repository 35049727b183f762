stub: upstream file of 14583 bytes
