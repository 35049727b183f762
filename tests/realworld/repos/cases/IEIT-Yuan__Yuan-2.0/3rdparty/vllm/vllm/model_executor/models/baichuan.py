stub: upstream file of 15143 bytes
