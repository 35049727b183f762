stub: upstream file of 37260 bytes
