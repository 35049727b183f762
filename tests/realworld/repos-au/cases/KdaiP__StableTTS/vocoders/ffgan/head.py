stub: upstream file of 7926 bytes
