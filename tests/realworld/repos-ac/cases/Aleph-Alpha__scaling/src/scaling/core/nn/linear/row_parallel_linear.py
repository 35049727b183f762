stub: upstream file of 10620 bytes
