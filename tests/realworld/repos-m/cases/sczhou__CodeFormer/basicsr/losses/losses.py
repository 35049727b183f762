stub: upstream file of 16538 bytes
