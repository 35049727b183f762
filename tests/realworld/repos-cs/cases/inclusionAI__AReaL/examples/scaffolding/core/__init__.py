stub: upstream file of 1557 bytes
