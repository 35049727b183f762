stub: upstream file of 17693 bytes
