stub: upstream file of 10458 bytes
