stub: upstream file of 26358 bytes
