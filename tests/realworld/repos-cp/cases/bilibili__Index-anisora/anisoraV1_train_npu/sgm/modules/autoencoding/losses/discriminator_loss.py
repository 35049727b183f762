stub: upstream file of 12553 bytes
