stub: upstream file of 44043 bytes
