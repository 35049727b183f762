stub: upstream file of 39851 bytes
