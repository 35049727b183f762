stub: upstream file of 14506 bytes
