stub: upstream file of 42712 bytes
