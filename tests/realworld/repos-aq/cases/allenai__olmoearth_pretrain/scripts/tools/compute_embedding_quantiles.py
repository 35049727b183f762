stub: upstream file of 12027 bytes
