stub: upstream file of 34676 bytes
