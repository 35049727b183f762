stub: upstream file of 5077 bytes
