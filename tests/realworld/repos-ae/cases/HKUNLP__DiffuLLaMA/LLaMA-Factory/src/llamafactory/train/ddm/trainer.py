stub: upstream file of 25701 bytes
