stub: upstream file of 12386 bytes
