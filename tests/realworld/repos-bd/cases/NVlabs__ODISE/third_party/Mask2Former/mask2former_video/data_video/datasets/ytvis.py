stub: upstream file of 15553 bytes
