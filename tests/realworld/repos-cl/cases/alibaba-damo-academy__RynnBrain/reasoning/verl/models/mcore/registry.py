stub: upstream file of 10804 bytes
