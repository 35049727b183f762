stub: upstream file of 10459 bytes
