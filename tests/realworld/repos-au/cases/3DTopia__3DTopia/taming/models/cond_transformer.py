stub: upstream file of 15648 bytes
