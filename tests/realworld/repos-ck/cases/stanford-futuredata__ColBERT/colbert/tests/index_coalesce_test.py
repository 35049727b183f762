stub: upstream file of 3714 bytes
