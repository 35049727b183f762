stub: upstream file of 14757 bytes
