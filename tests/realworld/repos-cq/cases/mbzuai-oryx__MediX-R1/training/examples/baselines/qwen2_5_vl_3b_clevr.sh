stub: upstream file of 622 bytes
