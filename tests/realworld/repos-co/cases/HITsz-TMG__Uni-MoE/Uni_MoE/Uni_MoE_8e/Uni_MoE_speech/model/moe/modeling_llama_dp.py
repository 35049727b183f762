stub: upstream file of 59589 bytes
