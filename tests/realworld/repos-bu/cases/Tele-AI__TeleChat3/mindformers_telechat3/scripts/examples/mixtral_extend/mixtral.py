stub: upstream file of 28909 bytes
