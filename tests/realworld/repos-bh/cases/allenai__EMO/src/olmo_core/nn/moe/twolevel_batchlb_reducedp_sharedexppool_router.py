stub: upstream file of 26557 bytes
