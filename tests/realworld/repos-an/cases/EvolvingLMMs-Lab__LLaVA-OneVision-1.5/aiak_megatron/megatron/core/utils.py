stub: upstream file of 70650 bytes
