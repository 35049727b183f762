stub: upstream file of 29651 bytes
