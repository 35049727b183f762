stub: upstream file of 82142 bytes
