stub: upstream file of 13584 bytes
