stub: upstream file of 820163 bytes
