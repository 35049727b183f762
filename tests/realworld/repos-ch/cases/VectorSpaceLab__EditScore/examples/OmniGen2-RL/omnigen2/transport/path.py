stub: upstream file of 7209 bytes
