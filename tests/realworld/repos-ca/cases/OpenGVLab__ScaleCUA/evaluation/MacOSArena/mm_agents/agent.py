stub: upstream file of 38143 bytes
