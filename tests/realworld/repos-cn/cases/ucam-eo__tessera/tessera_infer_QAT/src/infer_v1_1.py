stub: upstream file of 9628 bytes
