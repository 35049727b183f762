stub: upstream file of 12606 bytes
