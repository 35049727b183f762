stub: upstream file of 39696 bytes
