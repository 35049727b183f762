stub: upstream file of 8703 bytes
