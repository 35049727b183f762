stub: upstream file of 31909 bytes
