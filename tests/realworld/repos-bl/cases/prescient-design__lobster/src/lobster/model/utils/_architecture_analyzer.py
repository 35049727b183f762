stub: upstream file of 15477 bytes
