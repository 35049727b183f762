stub: upstream file of 1762 bytes
