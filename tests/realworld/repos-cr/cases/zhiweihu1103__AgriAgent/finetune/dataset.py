stub: upstream file of 14606 bytes
