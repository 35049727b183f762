stub: upstream file of 27650 bytes
