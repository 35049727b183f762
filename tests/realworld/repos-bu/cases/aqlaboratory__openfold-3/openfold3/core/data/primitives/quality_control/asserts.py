stub: upstream file of 14547 bytes
