stub: upstream file of 20557 bytes
