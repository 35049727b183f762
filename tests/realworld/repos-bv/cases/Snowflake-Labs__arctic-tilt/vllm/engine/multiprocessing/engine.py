stub: upstream file of 17848 bytes
