stub: upstream file of 7650 bytes
