stub: upstream file of 27571 bytes
