stub: upstream file of 37387 bytes
