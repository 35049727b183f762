stub: upstream file of 13504 bytes
