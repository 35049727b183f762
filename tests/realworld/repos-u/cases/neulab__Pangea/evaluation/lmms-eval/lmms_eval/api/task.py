stub: upstream file of 58203 bytes
