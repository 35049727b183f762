stub: upstream file of 14557 bytes
