stub: upstream file of 18615 bytes
