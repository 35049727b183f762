stub: upstream file of 1094040 bytes
