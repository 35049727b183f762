stub: upstream file of 12589 bytes
