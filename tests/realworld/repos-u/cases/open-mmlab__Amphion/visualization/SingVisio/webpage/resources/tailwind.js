stub: upstream file of 363693 bytes
