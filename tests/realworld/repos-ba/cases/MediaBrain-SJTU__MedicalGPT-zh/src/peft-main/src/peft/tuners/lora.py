stub: upstream file of 26422 bytes
