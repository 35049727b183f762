stub: upstream file of 25712 bytes
