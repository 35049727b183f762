stub: upstream file of 50557 bytes
