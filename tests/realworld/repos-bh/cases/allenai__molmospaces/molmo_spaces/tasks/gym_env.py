stub: upstream file of 10333 bytes
