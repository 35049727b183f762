stub: upstream file of 10712 bytes
