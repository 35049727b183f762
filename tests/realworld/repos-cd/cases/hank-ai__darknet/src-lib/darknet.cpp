stub: upstream file of 53271 bytes
