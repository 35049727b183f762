stub: upstream file of 5825 bytes
