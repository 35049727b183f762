stub: upstream file of 16804 bytes
