stub: upstream file of 14673 bytes
