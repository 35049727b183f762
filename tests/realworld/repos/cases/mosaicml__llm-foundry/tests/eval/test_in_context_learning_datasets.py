stub: upstream file of 84962 bytes
