stub: upstream file of 13178 bytes
