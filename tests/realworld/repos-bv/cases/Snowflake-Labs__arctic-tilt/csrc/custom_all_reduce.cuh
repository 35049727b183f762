stub: upstream file of 21747 bytes
