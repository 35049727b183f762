stub: upstream file of 3557 bytes
