stub: upstream file of 30680 bytes
