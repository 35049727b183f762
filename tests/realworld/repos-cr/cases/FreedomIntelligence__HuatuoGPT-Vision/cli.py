stub: upstream file of 14712 bytes
