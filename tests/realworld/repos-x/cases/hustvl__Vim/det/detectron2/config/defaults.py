stub: upstream file of 29703 bytes
