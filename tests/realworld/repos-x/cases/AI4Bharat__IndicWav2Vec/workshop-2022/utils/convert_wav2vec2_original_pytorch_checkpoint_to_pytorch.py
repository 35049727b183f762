stub: upstream file of 12981 bytes
