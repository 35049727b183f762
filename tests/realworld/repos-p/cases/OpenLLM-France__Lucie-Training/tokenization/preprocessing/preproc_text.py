stub: upstream file of 37557 bytes
