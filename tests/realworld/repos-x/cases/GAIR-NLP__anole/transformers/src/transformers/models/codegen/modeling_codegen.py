stub: upstream file of 31591 bytes
