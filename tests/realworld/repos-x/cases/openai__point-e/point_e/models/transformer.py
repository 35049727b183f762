stub: upstream file of 17205 bytes
