stub: upstream file of 16557 bytes
