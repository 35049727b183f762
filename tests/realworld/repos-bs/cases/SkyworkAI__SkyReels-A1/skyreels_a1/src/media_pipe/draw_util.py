stub: upstream file of 26046 bytes
