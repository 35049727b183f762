stub: upstream file of 21662 bytes
