stub: upstream file of 17193 bytes
