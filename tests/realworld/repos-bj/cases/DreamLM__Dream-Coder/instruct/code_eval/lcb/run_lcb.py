stub: upstream file of 23573 bytes
