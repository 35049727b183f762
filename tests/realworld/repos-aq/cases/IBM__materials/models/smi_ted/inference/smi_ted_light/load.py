stub: upstream file of 25033 bytes
