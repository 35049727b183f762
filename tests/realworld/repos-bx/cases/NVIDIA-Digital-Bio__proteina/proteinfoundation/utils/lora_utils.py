stub: upstream file of 2838 bytes
