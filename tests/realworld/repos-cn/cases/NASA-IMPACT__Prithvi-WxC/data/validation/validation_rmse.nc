stub: upstream file of 119386 bytes
