stub: upstream file of 8837 bytes
