stub: upstream file of 4877 bytes
