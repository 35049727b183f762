stub: upstream file of 5553 bytes
