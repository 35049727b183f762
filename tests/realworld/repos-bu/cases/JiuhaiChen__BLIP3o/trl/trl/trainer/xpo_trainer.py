stub: upstream file of 26553 bytes
