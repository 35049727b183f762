stub: upstream file of 15712 bytes
