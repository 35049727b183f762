stub: upstream file of 3143 bytes
