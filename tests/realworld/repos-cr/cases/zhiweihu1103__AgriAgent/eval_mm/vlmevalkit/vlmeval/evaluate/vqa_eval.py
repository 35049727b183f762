stub: upstream file of 11840 bytes
