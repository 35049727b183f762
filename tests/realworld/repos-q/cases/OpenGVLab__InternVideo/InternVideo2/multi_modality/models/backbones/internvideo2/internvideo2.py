stub: upstream file of 32615 bytes
